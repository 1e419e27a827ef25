import CommuniqueTUI
import Testing

/// The default key map joins the keys of several features: each key does one thing, and each
/// action is named once in the configuration.
@Test func noKeyIsBoundTwiceByDefault() {
  let keys = KeyMap.standard.bindings.flatMap(\.keys)
  let repeated = Dictionary(grouping: keys, by: { $0 }).filter { $0.value.count > 1 }.keys
  #expect(repeated.isEmpty, "touches données à deux actions : \(Array(repeated))")
  let names = KeyMap.standard.bindings.map(\.action.configName)
  #expect(Set(names).count == names.count)
}

/// The help box (a border and a space on each side) holds every line on an 80-column screen.
@Test func everyHelpLineFitsAnEightyColumnScreen() {
  for row in HelpOverlay(keyMap: .standard).rows {
    #expect(DisplayWidth.of(row) <= 80 - 4, "\(row)")
  }
}
