/// A press contact given at the end of a release.
public struct Contact: Codable, Sendable, Equatable, Hashable {
  /// The person's name.
  public var name: String
  /// The office or place (`OIM Tripoli`), when given.
  public var office: String?
  /// Phone numbers in the order written.
  public var phones: [Phone]
  /// E-mail addresses in the order written.
  public var emails: [String]

  /// Creates a contact.
  public init(name: String, office: String?, phones: [Phone] = [], emails: [String] = []) {
    self.name = name
    self.office = office
    self.phones = phones
    self.emails = emails
  }
}

/// A phone number as written and in E.164 form.
public struct Phone: Codable, Sendable, Equatable, Hashable {
  /// The number as the release writes it (`+ 218 91 383 25 96`).
  public var raw: String
  /// The number in E.164 (`+218913832596`), when it has a country code.
  public var e164: String?
  /// The label that introduced it, normalised (`tel`, `mobile`), when there was one.
  public var label: String?

  /// Creates a phone.
  public init(raw: String, e164: String?, label: String? = nil) {
    self.raw = raw
    self.e164 = e164
    self.label = label
  }
}
