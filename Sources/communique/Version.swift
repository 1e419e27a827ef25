/// The program's version: `--version`, `--help` and the man page show this one constant.
enum Version {
  /// The version number.
  static let current = "1.0.0"
}
