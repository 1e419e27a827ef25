/// One of the two lists of a library's directory, to gather it alone.
public enum DirectoryPart: Hashable, Sendable {
  /// The partner organisations.
  case partners
  /// The press contacts.
  case contacts
}
