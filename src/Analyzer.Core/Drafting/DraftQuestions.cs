using Analyzer.Core.Rules;

namespace Analyzer.Core.Drafting;

/// <summary>
/// Everything <c>analyzer new</c> asks, in English and Chinese: one nested class per section of the format, in the
/// order the questionnaire walks them. The CLI only decides how each question is put on the terminal; the words,
/// the values offered and the paper behind each question live here, beside the format's <see cref="Proposals.Vocabulary"/>,
/// so a test can hold the catalogue against the format without a console.
/// </summary>
public static partial class DraftQuestions
{
    /// <summary>The sections in the order they are asked and written.</summary>
    public static IReadOnlyList<DraftSection> Sections =>
        [Identity.Section, Chain.Section, Instrument.Section, WhatAndWhy.Section, Institution.Section, Cooperation.Section];

    /// <summary>Every question, section by section.</summary>
    public static IReadOnlyList<Question> All =>
        [.. Identity.All, .. Chain.All, .. Instrument.All, .. WhatAndWhy.All, .. Institution.All, .. Cooperation.All];

    private static LocalizedText T(string en, string zh) => new() { En = en, Zh = zh };

    private static Question Q(string field, LocalizedText prompt, LocalizedText explanation, IReadOnlyList<string>? values = null) =>
        new(field, prompt, explanation) { Values = values ?? [] };
}
