import CommuniqueCore
import Testing

@Suite struct DatelineTests {
  @Test(
    arguments: [
      (
        "Tripoli - La semaine dernière, à Tripoli, l’OIM a…", "Tripoli", "La semaine dernière",
        "La semaine dernière, à Tripoli, l’OIM a…"
      ),
      ("Dakar – Lundi, l’OIM a lancé…", "Dakar", "Lundi", "Lundi, l’OIM a lancé…"),
      ("Geneva - L’OIM salue l’accord.", "Geneva", nil, "L’OIM salue l’accord."),
      (
        "Minsk, Bélarus - Le 3 juin, des migrants…", "Minsk, Bélarus", "Le 3 juin",
        "Le 3 juin, des migrants…"
      ),
      ("Bogota/Genève - Un rapport publié…", "Bogota/Genève", nil, "Un rapport publié…"),
      ("Genève - 12 mars 2021 - L’OIM appelle…", "Genève", "12 mars 2021", "L’OIM appelle…"),
      (
        "Port-au-Prince (actualisé le 15/04/2021) - Hier, l’OIM…", "Port-au-Prince", "Hier",
        "Hier, l’OIM…"
      ),
    ] as [(String, String, String?, String)])
  func datelineIsRead(line: String, place: String, when: String?, text: String) throws {
    let (dateline, rest) = try #require(Dateline.parse(line))
    #expect(dateline.place == place)
    #expect(dateline.when == when)
    #expect(rest == text)
  }

  @Test func noteIsKept() throws {
    let (dateline, _) = try #require(
      Dateline.parse("Port-au-Prince (actualisé le 15/04/2021) - Hier, l’OIM…"))
    #expect(dateline.note == "actualisé le 15/04/2021")
    #expect(dateline.raw == "Port-au-Prince (actualisé le 15/04/2021) -")
  }

  @Test(arguments: [
    "Lundi, l'OIM et la World Islamic Call Society (WICS) organiseront",
    "Les migrants - dont des enfants - ont été secourus.",
    "Il a dit - et répété - que l’aide arrivait.",
    "- Structure organisationnelle",
  ])
  func sentencesAreNotDatelines(line: String) {
    #expect(Dateline.parse(line) == nil)
  }
}
