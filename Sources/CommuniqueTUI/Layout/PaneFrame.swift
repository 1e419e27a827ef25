/// Where one pane is drawn.
public struct PaneFrame: Equatable, Sendable {
  /// Which pane.
  public var pane: Pane
  /// The cells inside its border.
  public var content: Rect

  /// Creates a frame.
  public init(pane: Pane, content: Rect) {
    self.pane = pane
    self.content = content
  }
}
