// Package diplomacy turns diplomatic news into structured records.
//
// Given an article's text and its publication date, a Parser returns a
// model.Report: the meetings it tells of (who met or spoke with whom, in
// person, by phone or by video, when and where, held, planned or
// proposed), the ceasefires (where, between whom, guaranteed by whom, in
// which state, starting when, to the minute and in UTC), the zones
// (de-escalation zones, security corridors, buffer and demilitarized
// zones) and the patrols. Every relative date ("Thursday", "last week",
// "in December") is resolved against the article's dateline, and every
// record carries the Span of text it was read from.
//
//	r, err := diplomacy.Parse(ctx, diplomacy.Article{
//		Text:      text,
//		Published: time.Date(2020, 3, 5, 0, 0, 0, 0, time.UTC),
//	})
//
// The work is done in three steps. Package dates reads the dateline and
// every temporal expression. Package extract analyses the text once
// (sentences, tokens, mentions of the actors, offices and places of an
// embedded lexicon) and runs the extractors over that analysis. A final
// pass merges what several sentences say of one event and sorts the
// records, so that the same input always gives the same output.
//
// A long text, such as an archive of many articles, is read in parts of
// at most extract.DefaultPartSize bytes (64 KiB, far more than an
// article), cut at paragraph ends, so that memory stays bounded by a part
// and the records rather than growing with the text: each extractor runs
// once per part, and the final pass once on the whole report. The dateline
// and the anchor date are read once, from the start of the text; what a
// part does not see of the parts before it (a meeting told in an earlier
// part is not merged with its mention in a later one, for instance) is
// listed at extract.AnalyzeParts.
//
// Users add record types of their own by implementing extract.Extractor
// and passing it to New with WithExtractor; their records appear in the
// report's Other list. Extract is called once per part of a long text:
// an extractor reads the Analysis's sentences, tokens, mentions and
// dates, never the whole text at once. WithLexicon loads actors, offices
// and places on top of the embedded lexicon.
//
// The command examples/diplomacy prints one report per article as a line
// of JSON, the format of which is the package model's.
package diplomacy
