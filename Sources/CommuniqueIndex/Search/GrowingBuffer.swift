/// Elements in memory the buffer owns, grown by doubling: appending is a store and a count,
/// without an array's uniqueness check, and reading needs no retain. The storage of
/// `ByteKeyedTable` and the text `IndexedText` builds, on paths taken for every word.
///
/// Not copyable: the memory is freed with the buffer.
struct GrowingBuffer<Element: BitwiseCopyable>: ~Copyable {
  private var start: UnsafeMutablePointer<Element>
  private var capacity: Int
  /// The number of elements.
  private(set) var count = 0

  /// An empty buffer with room for `capacity` elements.
  init(capacity: Int) {
    self.capacity = max(capacity, 1)
    start = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity)
  }

  deinit {
    start.deallocate()
  }

  /// The element at `index` (below `count`).
  subscript(index: Int) -> Element {
    @inline(__always) get { start[index] }
    @inline(__always) set { start[index] = newValue }
  }

  /// The elements at `range` (within `0..<count`), valid until the buffer next grows.
  @inline(__always)
  func elements(_ range: Range<Int>) -> UnsafeBufferPointer<Element> {
    UnsafeBufferPointer(start: start + range.lowerBound, count: range.count)
  }

  /// Appends `element`.
  @inline(__always)
  mutating func append(_ element: Element) {
    if count == capacity { grow(to: count + 1) }
    start[count] = element
    count += 1
  }

  /// Appends `elements`.
  @inline(__always)
  mutating func append(_ elements: UnsafeBufferPointer<Element>) {
    guard let base = elements.baseAddress else { return }
    if count + elements.count > capacity { grow(to: count + elements.count) }
    (start + count).update(from: base, count: elements.count)
    count += elements.count
  }

  /// Forgets every element, keeping the memory.
  mutating func removeAll() {
    count = 0
  }

  /// Doubles the memory until it holds `needed` elements.
  private mutating func grow(to needed: Int) {
    while capacity < needed { capacity *= 2 }
    let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
    larger.update(from: start, count: count)
    start.deallocate()
    start = larger
  }
}
