import CommuniqueIndex

extension MarkDatabase {
  /// The user's marks, any warning about them on standard error: the one way the commands
  /// open them.
  static func openReporting() -> MarkDatabase {
    let marks = MarkDatabase.open()
    for warning in marks.warnings { Diagnostics.warn(warning) }
    return marks
  }
}
