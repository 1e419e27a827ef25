/// What a refresh of the index did.
public struct RefreshReport: Equatable, Sendable {
  /// Files seen in the folder.
  public var files: Int = 0
  /// Files parsed because they were new.
  public var added: Int = 0
  /// Files parsed again because their content changed.
  public var changed: Int = 0
  /// Files gone from the folder, removed from the index.
  public var removed: Int = 0
  /// Files whose size or date moved but whose content had not changed (not parsed).
  public var touched: Int = 0
  /// Paths that went through the parser, in file-name order.
  public var parsed: [String] = []
  /// Releases in the index afterwards.
  public var releases: Int = 0

  /// Creates an empty report.
  public init() {}
}

/// How far a refresh has gone, for a progress display.
public struct RefreshProgress: Equatable, Sendable {
  /// Files examined so far among those that needed reading.
  public var done: Int
  /// Files that needed reading.
  public var total: Int

  /// Creates a progress value.
  public init(done: Int, total: Int) {
    self.done = done
    self.total = total
  }
}
