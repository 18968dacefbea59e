using System.Reflection;
using Analyzer.Core.Drafting;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;

namespace Analyzer.Tests.Drafting;

public sealed class DraftQuestionsTests
{
    [Fact]
    public void All_EveryFieldOfTheFormat_HasAQuestion()
    {
        var asked = DraftQuestions.All.Select(q => q.Field).ToHashSet(StringComparer.Ordinal);

        var missing = FormatFields(typeof(Proposal), "", leavesOnly: true).Where(f => f != "format" && !asked.Contains(f)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void All_EveryQuestion_NamesAFieldOfTheFormatOnce()
    {
        var fields = FormatFields(typeof(Proposal), "", leavesOnly: false).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(DraftQuestions.All.Where(q => !fields.Contains(q.Field)).Select(q => q.Field));
        Assert.Equal(DraftQuestions.All.Count, DraftQuestions.All.Select(q => q.Field).Distinct().Count());
    }

    [Fact]
    public void All_EveryEnumerationQuestion_OffersExactlyTheFormatsValues()
    {
        Assert.Equal(Vocabulary.EntityKinds, DraftQuestions.Chain.EntityKind.Values);
        Assert.Equal(Vocabulary.Authorizations, DraftQuestions.Chain.Authorization.Values);
        Assert.Equal(Vocabulary.DecisionLevels, DraftQuestions.Chain.DecisionLevel.Values);
        Assert.Equal(Vocabulary.InstrumentKinds, DraftQuestions.Instrument.Kind.Values);
        Assert.Equal(Vocabulary.Modalities, DraftQuestions.WhatAndWhy.Modalities.Values);
        Assert.Equal(Vocabulary.InstitutionModels, DraftQuestions.Institution.Model.Values);
        Assert.Equal(Vocabulary.Challenges, DraftQuestions.Institution.Challenges.Select(DraftQuestions.Institution.ChallengeKey));
        Assert.Equal(Vocabulary.Challenges, DraftQuestions.Institution.ChallengesOf("hybrid").Select(DraftQuestions.Institution.ChallengeKey));
        Assert.Equal(Vocabulary.Challenges,
            Vocabulary.InstitutionModels.SelectMany(DraftQuestions.Institution.ChallengesOf).Where(q => q.Field.Length > 0).Distinct()
                .Select(DraftQuestions.Institution.ChallengeKey));
        Assert.Empty(DraftQuestions.Institution.ChallengesOf("none"));
    }

    [Fact]
    public void All_EveryTextInBothLanguages_PassesTheRulePacksChineseChecks()
    {
        var errors = new List<string>();
        foreach (var (name, text) in Texts())
        {
            var found = new List<string>();
            CriterionMetadata.Text(name, text, found);
            errors.AddRange(found.Select(e => $"{name}: {e}"));
        }

        Assert.Empty(errors);
    }

    [Fact]
    public void All_QuestionsOutsideIdentity_ExplainWithThePaperBehindThem()
    {
        var papers = new[] { "Erman & Furendal", "Roberts", "Ho et al", "Ho 等", "Veale" };
        // Ids and names are the format's own bookkeeping; every other question rests on a paper.
        Question[] bookkeeping = [.. DraftQuestions.Identity.All, DraftQuestions.Chain.EntityId, DraftQuestions.Chain.EntityName, DraftQuestions.Chain.DecisionId];
        var unexplained = DraftQuestions.All.Except(bookkeeping)
            .Where(q => !papers.Any(p => q.Explanation.En.Contains(p, StringComparison.Ordinal))
                || !papers.Any(p => q.Explanation.Zh.Contains(p, StringComparison.Ordinal))
                || !q.Explanation.En.Contains("(20", StringComparison.Ordinal)
                || !q.Explanation.Zh.Contains("（20", StringComparison.Ordinal))
            .Select(q => q.Field);

        Assert.Empty(unexplained);
    }

    /// <summary>
    /// The format's fields as the file spells them: records nest with '.', lists of records with '[].'. A list of records
    /// is a field of its own (it can be stated empty); a nested mapping is named only when <paramref name="leavesOnly"/> is false.
    /// </summary>
    private static IEnumerable<string> FormatFields(Type record, string prefix, bool leavesOnly)
    {
        foreach (var property in record.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = prefix + char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type == typeof(Dictionary<string, string>))
            {
                foreach (var key in Vocabulary.Challenges)
                {
                    yield return $"{name}.{key}";
                }
            }
            else if (type.IsArray && type.GetElementType() is { IsClass: true } element && element != typeof(string))
            {
                yield return name;
                foreach (var field in FormatFields(element, name + "[].", leavesOnly))
                {
                    yield return field;
                }
            }
            else if (type.IsClass && type != typeof(string) && !type.IsArray)
            {
                if (!leavesOnly)
                {
                    yield return name; // the council is asked for as a whole before its fields
                }
                foreach (var field in FormatFields(type, name + ".", leavesOnly))
                {
                    yield return field;
                }
            }
            else
            {
                yield return name;
            }
        }
    }

    private static IEnumerable<(string Name, LocalizedText Text)> Texts()
    {
        foreach (var section in DraftQuestions.Sections)
        {
            yield return ($"{section.Key}.title", section.Title);
            yield return ($"{section.Key}.papers", section.Papers);
            yield return ($"{section.Key}.introduction", section.Introduction);
        }
        foreach (var q in DraftQuestions.All)
        {
            yield return ($"{q.Field}.prompt", q.Prompt);
            yield return ($"{q.Field}.explanation", q.Explanation);
        }
        foreach (var field in typeof(DraftWords).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            switch (field.GetValue(null))
            {
                case LocalizedText text:
                    yield return ($"DraftWords.{field.Name}", text);
                    break;
                case LocalizedText[] texts:
                    foreach (var (text, i) in texts.Select((t, i) => (t, i)))
                    {
                        yield return ($"DraftWords.{field.Name}[{i}]", text);
                    }
                    break;
            }
        }
    }
}
