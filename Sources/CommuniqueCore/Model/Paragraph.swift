/// One paragraph of body text, with the spans the parser recognised in it.
public struct Paragraph: Codable, Sendable, Equatable {
  /// The cleaned text, on one line.
  public var text: String
  /// Recognised spans, sorted by start.
  public var spans: [Span]

  /// Creates a paragraph.
  public init(text: String, spans: [Span] = []) {
    self.text = text
    self.spans = spans
  }
}

/// A recognised stretch of a paragraph's text.
///
/// Offsets count Unicode scalars (code points) from the start of the paragraph text, as
/// Python's `str` indexing does.
public struct Span: Codable, Sendable, Equatable, Hashable {
  /// What the span holds.
  public var kind: SpanKind
  /// Offset of the first scalar.
  public var start: Int
  /// Number of scalars.
  public var length: Int

  /// Creates a span.
  public init(kind: SpanKind, start: Int, length: Int) {
    self.kind = kind
    self.start = start
    self.length = length
  }

  /// Offset just past the last scalar.
  public var end: Int { start + length }
}

/// The kinds of span a paragraph can carry.
public enum SpanKind: String, Codable, Sendable, Equatable, Hashable, CaseIterable {
  /// A quotation, guillemets included.
  case quote
  /// A mention of an organisation (name or acronym).
  case organisation
  /// A mention of a person.
  case person
  /// An e-mail address.
  case email
  /// A phone number.
  case phone
}
