/// The read and flagged releases, by release id (a hash of the file's content, so a release
/// keeps its marks when its file is renamed or only touched).
public struct ReleaseMarks: Equatable, Sendable {
  /// Ids of the releases read.
  public var read: Set<String>
  /// Ids of the releases flagged.
  public var flagged: Set<String>

  /// Marks from their parts (none by default).
  public init(read: Set<String> = [], flagged: Set<String> = []) {
    self.read = read
    self.flagged = flagged
  }

  /// Whether release `id` carries `mark`.
  public func contains(_ mark: ReleaseMark, id: String) -> Bool {
    ids(of: mark).contains(id)
  }

  /// The ids carrying `mark`.
  public func ids(of mark: ReleaseMark) -> Set<String> {
    switch mark {
    case .read: read
    case .flagged: flagged
    }
  }

  /// Puts `mark` on the releases `ids` (`on`) or takes it off.
  public mutating func set(_ mark: ReleaseMark, _ on: Bool, ids: some Sequence<String>) {
    switch (mark, on) {
    case (.read, true): read.formUnion(ids)
    case (.read, false): read.subtract(ids)
    case (.flagged, true): flagged.formUnion(ids)
    case (.flagged, false): flagged.subtract(ids)
    }
  }
}
