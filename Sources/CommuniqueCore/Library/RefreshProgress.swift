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
