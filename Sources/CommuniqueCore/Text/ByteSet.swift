/// A set of bytes as a table of 256 flags, made once and kept for the process's life: the
/// bytes a scanner's matches can start with, tested for each byte of a text.
struct ByteSet: @unchecked Sendable {
  /// The flags, never written after `init` (hence `@unchecked Sendable`).
  private let table: UnsafePointer<Bool>

  init(_ bytes: some Sequence<UInt8>) {
    let table = UnsafeMutablePointer<Bool>.allocate(capacity: 256)
    table.initialize(repeating: false, count: 256)
    for byte in bytes { table[Int(byte)] = true }
    self.table = UnsafePointer(table)
  }

  @inline(__always)
  func contains(_ byte: UInt8) -> Bool { table[Int(byte)] }
}
