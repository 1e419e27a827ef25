/// A quotation and who said it.
public struct Quote: Codable, Sendable, Equatable {
  /// The quoted words, without the guillemets; paragraphs of a long quote joined by a newline.
  public var text: String
  /// Who said it, when the text says.
  public var speaker: String?
  /// The speaker's role, when the text gives it.
  public var role: String?
  /// Index of the paragraph where the quote starts.
  public var paragraph: Int
  /// Index of the paragraph where the quote ends (the same as `paragraph` for most quotes).
  public var paragraphEnd: Int

  /// Creates a quote.
  public init(text: String, speaker: String?, role: String?, paragraph: Int, paragraphEnd: Int) {
    self.text = text
    self.speaker = speaker
    self.role = role
    self.paragraph = paragraph
    self.paragraphEnd = paragraphEnd
  }
}
