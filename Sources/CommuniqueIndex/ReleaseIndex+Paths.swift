import GRDB

extension ReleaseIndex {
  /// The file of each release, by release id (the first in file-name order when two files
  /// hold the same text).
  public func paths() throws -> [String: String] {
    let request = ReleaseRecord.select(ReleaseRecord.Columns.releaseID, ReleaseRecord.Columns.path)
      .order(ReleaseRecord.Columns.path)
    return try writer.read { db in
      var paths: [String: String] = [:]
      for row in try Row.fetchAll(db, request) where paths[row[0]] == nil {
        paths[row[0]] = row[1]
      }
      return paths
    }
  }
}
