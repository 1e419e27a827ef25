/// The ends of a name of one to five tokens that `PatternText.nameEnds(at:)` reads, held in
/// place: the scanners read one at nearly every capital, and an array was an allocation each.
struct NameEnds: RandomAccessCollection {
  private var storage: (Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0)
  private var stored = 0

  var startIndex: Int { 0 }
  var endIndex: Int { stored }

  subscript(position: Int) -> Int {
    precondition(position >= 0 && position < stored, "name end out of range")
    return withUnsafeBytes(of: storage) {
      $0.load(fromByteOffset: position * MemoryLayout<Int>.stride, as: Int.self)
    }
  }

  /// Adds the end of the next longer name (five at most).
  mutating func append(_ end: Int) {
    precondition(stored < 5, "a name has five tokens at most")
    withUnsafeMutableBytes(of: &storage) {
      $0.storeBytes(of: end, toByteOffset: stored * MemoryLayout<Int>.stride, as: Int.self)
    }
    stored += 1
  }
}
