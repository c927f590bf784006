// Package extract reads an article once and turns that reading into
// records.
//
// Analyze builds the Analysis that every extractor shares: the tokens
// (folded for matching, so that "Erdoğan" is "erdogan"), the sentences,
// with headlines and the headlines of other stories told apart, the
// mentions of the Lexicon's people, countries, offices, places and groups,
// the dateline, and every temporal expression found and resolved by
// package dates. People the lexicon does not know are read from the name
// after an office or a "counterpart" ("Foreign Minister Olivier
// Nduhungirehe of Rwanda"), and a surname alone names the person named in
// full before it. Extractors never tokenize again. AnalyzeParts does the
// same for a text of any length, part by part, in bounded memory.
//
// An Extractor adds records to a model.Report. Builtin returns the four
// that come with the package, one per record type: meetings (talks,
// summits, calls, visits, with their parties, mode, status, date and
// venue), ceasefires (status, area, parties, guarantors, start), zones
// (kind, area, road, width and depth, count) and patrols (parties, route,
// area, start, the number of a single patrol). Each reads sentence by
// sentence and then merges what several sentences say of one event: a
// lede printed twice, "the talks" mentioned again. Merge makes the final
// pass that sorts every list, so that output is deterministic.
//
// Users write extractors of their own against the same Analysis; their
// records go to the report's Other list. The rules of the built-in
// extractors are general English cues, listed in the files that use them;
// the lexicon is data, embedded from the lexicon folder, and users load
// their own on top with Lexicon.With.
package extract
