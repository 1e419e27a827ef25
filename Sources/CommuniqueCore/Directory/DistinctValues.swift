/// Values numbered in the order first added, each kept once.
struct DistinctValues<Value: Hashable & Sendable>: Sendable {
  /// The values, by number.
  private(set) var values: [Value] = []
  private var numbers: [Value: Int] = [:]

  /// The number of `value`, and whether it was new.
  mutating func insert(_ value: Value) -> (number: Int, isNew: Bool) {
    if let number = numbers[value] { return (number, false) }
    numbers[value] = values.count
    values.append(value)
    return (values.count - 1, true)
  }
}
