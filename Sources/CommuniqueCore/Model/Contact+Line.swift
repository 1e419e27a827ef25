extension Contact {
  /// The contact on one line, phones tidied:
  /// `Laurence Hart, OIM Tripoli, +218 91 383 25 96, lhart@iom.int`.
  public var line: String {
    ([name, office].compactMap { $0 } + phones.map { PhoneNumber.tidy($0.raw) } + emails)
      .joined(separator: ", ")
  }
}
