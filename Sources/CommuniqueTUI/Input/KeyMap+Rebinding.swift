extension KeyMap {
  /// This map with the actions of `keys` bound to those keys instead (the help label made
  /// from them); a key taken that way leaves the action it was bound to by default.
  public func rebinding(_ keys: [Action: [Key]]) -> KeyMap {
    let taken = Set(keys.values.joined())
    return KeyMap(
      bindings: bindings.map { binding in
        var binding = binding
        if let chosen = keys[binding.action] {
          binding.keys = chosen
          binding.label = KeyName.label(of: chosen)
        } else if binding.keys.contains(where: taken.contains) {
          binding.keys.removeAll(where: taken.contains)
          binding.label = KeyName.label(of: binding.keys)
        }
        return binding
      })
  }

  /// The action whose configuration name is `name`, if the map has it.
  public func action(named name: String) -> Action? {
    bindings.first { $0.action.configName == name }?.action
  }

  /// The keys bound to an action.
  public func keys(for action: Action) -> [Key] {
    bindings.first { $0.action == action }?.keys ?? []
  }
}
