import {
  Gazetteer,
  countryVotes,
  leadingCountry,
  pickCandidate,
  type PlaceMention,
} from "@cw/places";

/** Where a report's figures happened: the places it names, with the dateline left out. */
export class ReportPlaces {
  private readonly mentions: PlaceMention[];
  private readonly known: Set<string>;
  readonly reportCountry: string | null;

  constructor(text: string, dateline: { start: number; end: number } | null) {
    // "BEIRUT:" is where the reporter sits, not where people died (shared/seeds/000_5d8a1befe3af6c37.txt).
    this.mentions = Gazetteer.shared()
      .findMentions(text)
      .filter((m) => !dateline || m.start >= dateline.end);
    const votes = countryVotes(this.mentions);
    this.known = new Set(votes.keys());
    this.reportCountry = leadingCountry(votes);
  }

  /** Country and region/town names of a span: its own named places first, else the report's country. */
  placesIn(
    start: number,
    end: number,
  ): { country: string | null; places: string[] } {
    const inSpan = this.mentions.filter(
      (m) => m.start >= start && m.end <= end,
    );
    const places: string[] = [];
    const votes = new Map<string, number>();
    for (const m of inSpan) {
      const place = pickCandidate(m, this.known, this.reportCountry);
      if (!place) continue;
      // Demonyms name attackers as often as victims ("Israeli strikes", "Russian drones"): only places vote here.
      if (place.kind !== "demonym")
        votes.set(place.country, (votes.get(place.country) ?? 0) + 1);
      const name = m.text.replace(/['’]s$/, "");
      if (
        (place.kind === "region" || place.kind === "town") &&
        place.country === (leadingCountry(votes) ?? this.reportCountry) &&
        !places.includes(name)
      )
        places.push(name);
    }
    return { country: leadingCountry(votes) ?? this.reportCountry, places };
  }
}
