/// The string index of each character offset of a text: read from its scalars when the text is
/// plain Latin (a scalar a character there), from a table of its characters otherwise.
struct CharacterIndices {
  private let text: String
  /// Every character's index and the end index, for a text that is not plain Latin.
  private let table: [String.Index]?
  /// The number of characters.
  let count: Int

  init(_ scalarText: ScalarText) {
    text = scalarText.text
    if text.isPlainLatin {
      table = nil
      count = scalarText.scalars.count
    } else {
      let table = Array(text.indices) + [text.endIndex]
      self.table = table
      count = table.count - 1
    }
  }

  /// The index of the character at `offset` (the end index at `count`).
  func index(at offset: Int) -> String.Index {
    if let table { return table[offset] }
    return text.unicodeScalars.index(text.startIndex, offsetBy: offset)
  }
}
