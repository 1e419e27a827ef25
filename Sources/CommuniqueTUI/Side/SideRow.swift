import CommuniqueCore

/// One row of the side pane: a section heading, a selectable entry or a note.
public struct SideRow: Equatable, Sendable {
  /// What a row is.
  public enum Kind: Equatable, Sendable {
    /// A section heading.
    case heading
    /// A selectable entry.
    case entry
    /// An explanation such as « aucun », not selectable.
    case note
  }

  /// The text shown (untrusted: sanitised when drawn).
  public var text: String
  /// What the row is.
  public var kind: Kind
  /// Extra indentation in columns (phones and e-mails under their contact).
  public var indent: Int
  /// What `y` copies when this row is selected.
  public var copyText: String?
  /// The contact this row belongs to (its name, phone or e-mail), for `Y`.
  public var contact: Contact?
  /// The colour role of an entry: organisation, person or contact.
  public var role: ColorRole

  /// Creates a row.
  public init(
    text: String, kind: Kind = .entry, indent: Int = 0, copyText: String? = nil,
    contact: Contact? = nil, role: ColorRole = .normal
  ) {
    self.role = role
    self.text = text
    self.kind = kind
    self.indent = indent
    self.copyText = copyText
    self.contact = contact
  }
}
