import CommuniqueCore
import Testing

@Suite struct ParagraphReflowTests {
  @Test func onePerLineStays() {
    let lines = [
      "Une première phrase assez longue pour être un paragraphe entier du communiqué.",
      "Une deuxième phrase, elle aussi complète, qui forme un autre paragraphe.",
      "Et une troisième qui termine le texte proprement.",
    ]
    #expect(ParagraphReflow.paragraphs(lines) == lines)
  }

  @Test func hardWrappedLinesAreJoinedAndBreaksInferred() {
    let lines = [
      "Les équipes de l’OIM ont distribué des kits",
      "d’hygiène à plus de deux mille familles dans",
      "la région du Sahel.",
      "Le programme continue.",
      "« Nous restons mobilisés », a déclaré la",
      "cheffe de mission.",
    ]
    #expect(
      ParagraphReflow.paragraphs(lines) == [
        "Les équipes de l’OIM ont distribué des kits d’hygiène à plus de deux mille "
          + "familles dans la région du Sahel.",
        "Le programme continue.",
        "« Nous restons mobilisés », a déclaré la cheffe de mission.",
      ])
  }

  @Test func sentenceEndingAtFullWidthIsAWrapNotABreak() {
    let lines = [
      "Les garde-côtes ont porté secours à cent vingt",
      "personnes au large. Elles ont été débarquées au",
      "port de Tripoli dans la soirée de samedi soir.",
      "Une autre phrase vient ensuite ici.",
    ]
    #expect(ParagraphReflow.paragraphs(lines).count == 1)
  }

  @Test func compoundCutAtItsHyphenIsRejoined() {
    let lines = [
      "Les autorités et les garde-", "côtes libyens ont été formés par",
      "les équipes de l’OIM à Tripoli cette", "année.",
    ]
    #expect(
      ParagraphReflow.paragraphs(lines) == [
        "Les autorités et les garde-côtes libyens ont été formés par les équipes de l’OIM "
          + "à Tripoli cette année."
      ])
  }

  @Test func blankLinesAlwaysSeparate() {
    let lines = ["Premier paragraphe court.", "", "Second paragraphe court."]
    #expect(
      ParagraphReflow.paragraphs(lines) == [
        "Premier paragraphe court.", "Second paragraphe court.",
      ])
  }

  @Test func reflowIsIdempotent() {
    let lines = [
      "Les équipes de l’OIM ont distribué des kits", "d’hygiène à plus de deux mille familles.",
      "Une autre phrase suit ici.",
    ]
    let once = ParagraphReflow.paragraphs(lines)
    #expect(ParagraphReflow.paragraphs(once) == once)
  }
}
