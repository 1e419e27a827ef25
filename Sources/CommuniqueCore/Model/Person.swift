/// A person the release names, with the role it gives them.
public struct Person: Codable, Sendable, Equatable {
  /// Full name as written (`Carmela Godeau`).
  public var name: String
  /// Role from an apposition (`Directrice générale adjointe de l'OIM …`), when given.
  public var role: String?

  /// Creates a person.
  public init(name: String, role: String?) {
    self.name = name
    self.role = role
  }
}
