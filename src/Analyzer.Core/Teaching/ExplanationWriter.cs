using Analyzer.Core.Rules;

namespace Analyzer.Core.Teaching;

/// <summary>
/// <c>analyzer explain &lt;criterion-id&gt;</c> as text: what the criterion asks and why, cited; when it applies;
/// what it needs; how it is computed, in words and as the expressions written in the pack; its weight and why;
/// the examples in the fixtures; and its teaching pair side by side (<see cref="PairWriter"/>).
/// </summary>
public static class ExplanationWriter
{
    public static void Write(TextWriter output, CriterionExplanation e, Language language)
    {
        var (t, words, prose, c) = (ExplainText.For(language), CatalogueText.For(language), new Prose(output), e.Criterion);
        prose.Line($"{c.Id}{words.Separator}{c.Title.In(language)}");
        prose.Line(c.IsScored
            ? Template.Fill(t.Scored, e.Paper.Citation, words.Of(c.Dimension), words.Of(c.Necessity), c.Weight)
            : Template.Fill(t.Unscored, e.Paper.Citation));

        prose.Heading(t.Asks);
        prose.Para(c.Explanation.In(language));
        prose.Para($"{t.Source}{t.Separator}{e.Citation}", hang: 2);

        prose.Heading(t.Applies);
        if (c.AppliesWhen is null)
        {
            prose.Para(t.AppliesAlways);
        }
        else
        {
            prose.Para(t.AppliesWhen);
            prose.Code(c.AppliesWhen);
            Meanings(prose, FieldMeaning.FactsIn(c.AppliesWhen), t, language);
        }

        prose.Heading(t.Needs);
        Needs(prose, c, t, words, language);

        prose.Heading(t.Computed);
        Computed(prose, c, t, words, language);

        prose.Heading(t.Weight);
        if (c.IsScored)
        {
            prose.Para(Template.Fill(t.WeightScored, c.Weight, CriterionCompiler.MaxWeight, words.Of(c.Dimension)));
            prose.Para(c.Necessity == Necessity.Necessary ? t.Necessary : t.Contributory);
            prose.Para(Template.Fill(t.WeightReason, WeightReason(c, language)), hang: 2);
        }
        else
        {
            prose.Para(t.NotScored);
        }

        Examples(prose, e.Examples, c, t, words);
        PairWriter.Write(prose, e, t, language);
    }

    private static void Needs(Prose prose, Criterion c, ExplainText t, CatalogueText words, Language language)
    {
        if (c.Requires.Length == 0)
        {
            prose.Para(t.NeedsNothing);
            return;
        }
        foreach (var field in c.Requires)
        {
            var condition = field.Condition is null ? "" : $"{words.Open}{Template.Fill(t.OnlyWhen, field.Condition)}{words.Close}";
            var meaning = FieldMeaning.Of(field.Path)?.In(language);
            prose.Para(meaning is null ? $"{field.Path}{condition}" : $"{field.Path}{condition}{t.Separator}{meaning}", hang: 2);
        }
        prose.Para(Template.Fill(t.Question, c.Question.In(language)), hang: 2);
    }

    private static void Computed(Prose prose, Criterion c, ExplainText t, CatalogueText words, Language language)
    {
        if (c.IsScored || c.LabelExpression is null)
        {
            prose.Para(t.ComputedScored);
            prose.Code(c.Expression);
        }
        if (!c.IsScored && c.LabelExpression is not null)
        {
            prose.Para(t.ComputedClassification);
            prose.Code(c.LabelExpression);
            if (c.Column is not null)
            {
                prose.Para(Template.Fill(t.Column, c.Column));
            }
        }
        if (c.DetailExpression is not null)
        {
            prose.Para(t.Detail);
            prose.Code(c.DetailExpression);
        }
        // Facts already described under "What it needs" are not described twice.
        var described = c.Requires.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
        var facts = new[] { c.Expression, c.LabelExpression, c.DetailExpression }.SelectMany(FieldMeaning.FactsIn)
            .Distinct(StringComparer.Ordinal).Where(f => !described.Contains(f)).ToList();
        if (facts.Count > 0)
        {
            prose.Para(t.FactsRead);
            Meanings(prose, facts, t, language);
        }
        var others = c.Reads.Where(path => !described.Contains(path)).ToList();
        if (others.Count > 0)
        {
            prose.Para(Template.Fill(t.FieldsRead, string.Join(words.IdSeparator, others)), hang: 2);
        }
    }

    private static void Meanings(Prose prose, IReadOnlyList<string> facts, ExplainText t, Language language)
    {
        foreach (var fact in facts)
        {
            prose.Para(FieldMeaning.Of(fact) is { } meaning ? $"{fact}{t.Separator}{meaning.In(language)}" : fact, indent: 4, hang: 2);
        }
    }

    private static void Examples(Prose prose, CriterionExamples examples, Criterion c, ExplainText t, CatalogueText words)
    {
        prose.Heading(t.Examples);
        string Ids(IReadOnlyList<string> ids) => ids.Count == 0 ? words.NoExample : string.Join(words.IdSeparator, ids);
        if (c.IsScored || examples.Met.Count + examples.NotMet.Count > 0)
        {
            prose.Para($"{words.MetIn}{words.Separator}{Ids(examples.Met)}", hang: 2);
            prose.Para($"{words.NotMetIn}{words.Separator}{Ids(examples.NotMet)}", hang: 2);
        }
        if (!c.IsScored && (examples.Classified.Count > 0 || examples.Met.Count + examples.NotMet.Count == 0))
        {
            if (examples.Classified.Count == 0)
            {
                prose.Para($"{words.ClassifiedIn}{words.Separator}{words.NoExample}", hang: 2);
                return;
            }
            prose.Para($"{words.ClassifiedIn}{words.Separator.TrimEnd()}");
            foreach (var k in examples.Classified)
            {
                prose.Para($"{k.Label}{words.Separator}{Ids(k.Examples)}", indent: 4, hang: 2);
            }
        }
    }

    /// <summary>The weight's reason in <paramref name="language"/>, in English where the pack gives no Chinese.</summary>
    public static string WeightReason(Criterion c, Language language) =>
        c.WeightReasonText.In(language) is { Length: > 0 } reason ? reason : c.WeightReason;

}
