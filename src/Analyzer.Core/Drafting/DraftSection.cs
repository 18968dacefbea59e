using Analyzer.Core.Rules;

namespace Analyzer.Core.Drafting;

/// <summary>
/// A part of the format, asked together: its title, the paper (or papers) it comes from, and an introduction. The
/// title and papers also head the section in the file written, as a comment.
/// </summary>
public sealed record DraftSection(string Key, LocalizedText Title, LocalizedText Papers, LocalizedText Introduction)
{
    /// <summary>The comment heading the section in the file, e.g. <c>Power and authorization: Erman &amp; Furendal (2024)</c>.</summary>
    public string Heading(Language language) =>
        language == Language.Zh ? $"{Title.Zh}：{Papers.Zh}" : $"{Title.En}: {Papers.En}";
}
