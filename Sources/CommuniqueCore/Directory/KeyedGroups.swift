/// Groups items that share any key (union–find): items are numbered in the order added.
struct KeyedGroups {
  private var parent: [Int] = []
  private var owner: [String: Int] = [:]

  /// Adds an item with its keys, joining it to every item that has one of them.
  mutating func add(keys: [String]) {
    let item = parent.count
    parent.append(item)
    for key in keys {
      if let other = owner[key] {
        union(item, other)
      } else {
        owner[key] = item
      }
    }
  }

  /// The items grouped, each group in the order added, groups ordered by their first item.
  mutating func groups() -> [[Int]] {
    var byRoot: [Int: Int] = [:]
    var result: [[Int]] = []
    for item in parent.indices {
      let root = find(item)
      if let position = byRoot[root] {
        result[position].append(item)
      } else {
        byRoot[root] = result.count
        result.append([item])
      }
    }
    return result
  }

  private mutating func find(_ item: Int) -> Int {
    var root = item
    while parent[root] != root { root = parent[root] }
    var current = item
    while parent[current] != root {
      let next = parent[current]
      parent[current] = root
      current = next
    }
    return root
  }

  private mutating func union(_ first: Int, _ second: Int) {
    let (a, b) = (find(first), find(second))
    if a != b { parent[max(a, b)] = min(a, b) }
  }
}
