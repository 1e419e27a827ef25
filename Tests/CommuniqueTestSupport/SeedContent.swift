/// What the two releases of `Content/` say, written down by hand from their text, for the
/// end-to-end tests to compare the screen with (never what the parser returns at test time).
public enum SeedContent {
  /// `000_…`'s title.
  public static let seminarTitle = "Un séminaire pour débattre des aboutissements de Prometeo"
  /// The start of `000_…`'s first paragraph.
  public static let seminarOpening = "Lundi, l'OIM et la World Islamic Call Society"
  /// How many times `000_…`'s body says `migrants` (its title never does).
  public static let seminarMigrants = 6
  /// `000_…`'s first press contact, as the side pane and the clipboard give it.
  public static let seminarContact = (
    name: "Laurence Hart", office: "OIM Tripoli", phone: "+218 91 383 25 96",
    e164: "+218913832596", email: "lhart@iom.int"
  )
  /// `001_…`'s title.
  public static let workshopTitle =
    "L’OIM organise un atelier sur les alternatives à la détention en Libye"
}
