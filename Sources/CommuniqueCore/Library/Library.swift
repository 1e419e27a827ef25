/// A library of releases as every command and the reader see it: one data path, whatever
/// keeps the releases (the index on disk, or memory in tests).
///
/// The protocol lives here, beside the model it speaks of, so that the index (which
/// implements it) and the reader's effect runner (which uses it) both see it without seeing
/// each other.
public protocol Library: Sendable {
  /// Brings the library up to date with its folder, telling `progress` how far it has gone.
  func refresh(progress: @Sendable (RefreshProgress) -> Void) throws -> RefreshReport

  /// The releases as lists show them, in library order (file-name order); at most `limit`,
  /// the first ones, when a limit is given.
  func summaries(limit: Int?) throws -> [ReleaseSummary]

  /// The release with this id, or nil when there is none or it cannot be read.
  func release(id: String) throws -> Release?

  /// The releases matching `query`, best first, at most `limit`: the true best of every
  /// match, and their exact count.
  func search(_ query: String, limit: Int) throws -> SearchResults

  /// A quick first answer to `query` for a reader still typing: it may rank only part of the
  /// matches and count them up to a cap, and says so (`SearchResults.isExact`).
  func firstPassSearch(_ query: String, limit: Int) throws -> SearchResults

  /// The partners and contacts of the whole library.
  func directory() throws -> LibraryDirectory

  /// The files that could not be used, with why, in file-name order.
  func problems() throws -> [LibraryProblem]
}

extension Library {
  /// The exact search: a library that ranks every match quickly needs no first pass.
  public func firstPassSearch(_ query: String, limit: Int) throws -> SearchResults {
    try search(query, limit: limit)
  }
}
