import CommuniqueCore

/// The library-wide directory drawn over the panes (`c` contacts, `P` partners): which list,
/// the selection, and the entry whose releases are listed, if any.
public struct DirectoryState: Equatable, Sendable {
  /// Which list the directory shows.
  public enum Kind: Equatable, Sendable {
    /// Contacts, each person once.
    case contacts
    /// Partners, most cited first.
    case partners
  }

  /// Which list.
  public var kind: Kind
  /// The directory of the library, built when the view opened.
  public var directory: LibraryDirectory
  /// The selected row of the current level.
  public var selected: Int = 0
  /// The first row shown.
  public var top: Int = 0
  /// The entry whose releases are listed (nil: the entries themselves are listed).
  public var opened: Int?

  /// Creates the state for a kind of list.
  public init(kind: Kind, directory: LibraryDirectory) {
    self.kind = kind
    self.directory = directory
  }

  /// How many entries the list has.
  public var entryCount: Int {
    kind == .contacts ? directory.contacts.count : directory.partners.count
  }

  /// The releases of an entry.
  public func releases(ofEntry index: Int) -> [ReleaseReference] {
    switch kind {
    case .contacts:
      directory.contacts.indices.contains(index) ? directory.contacts[index].releases : []
    case .partners:
      directory.partners.indices.contains(index) ? directory.partners[index].releases : []
    }
  }

  /// How many rows the current level shows.
  public var rowCount: Int {
    opened.map { releases(ofEntry: $0).count } ?? entryCount
  }
}
