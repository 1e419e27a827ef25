import CommuniqueCore
import Testing

@Suite struct TypographyTests {
  @Test(arguments: [
    ("« Bonjour »", "«\u{A0}Bonjour\u{A0}»"),
    ("«Bonjour»", "«\u{A0}Bonjour\u{A0}»"),
    ("il a dit \"nous partons\" hier", "il a dit «\u{A0}nous partons\u{A0}» hier"),
    ("Tel : +218", "Tel\u{A0}: +218"),
    ("contacter: Jean", "contacter\u{A0}: Jean"),
    ("Pourquoi ? Parce que !", "Pourquoi\u{202F}? Parce que\u{202F}!"),
    ("voir https://www.iom.int à 10:30", "voir https://www.iom.int à 10:30"),
    ("Save&nbsp;the&nbsp;Children &amp; l&#39;OIM", "Save the Children & l'OIM"),
    ("\"mailto:ab@iom.int\">ab@iom.int", "ab@iom.int"),
    ("mis en uvre et c ur", "mis en œuvre et cœur"),
    ("des urgences pour ma s ur", "des urgences pour ma sœur"),
    ("il ouvre (uvre) puis dés ur", "il ouvre (œuvre) puis dés ur"),
    ("l’OIM et l'ONU", "l’OIM et l'ONU"),
    ("trop   d’espaces\u{A0} ici", "trop d’espaces ici"),
  ])
  func textIsCleaned(input: String, expected: String) {
    #expect(Typography.clean(input) == expected)
  }

  @Test func cleaningIsIdempotent() {
    let once = Typography.clean("« Il a dit : \"oui\" » ; puis ?")
    #expect(Typography.clean(once) == once)
  }
}
