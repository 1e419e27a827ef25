/// What a refresh of a library did.
public struct RefreshReport: Equatable, Sendable {
  /// Files seen in the folder.
  public var files: Int = 0
  /// Files parsed because they were new.
  public var added: Int = 0
  /// Files parsed again because their content changed.
  public var changed: Int = 0
  /// Files gone from the folder, removed from the library.
  public var removed: Int = 0
  /// Files whose size or date moved but whose content had not changed (read, not parsed).
  public var redated: Int = 0
  /// Paths that went through the parser, in file-name order.
  public var parsed: [String] = []
  /// Releases in the library afterwards.
  public var releases: Int = 0

  /// Creates an empty report.
  public init() {}
}
