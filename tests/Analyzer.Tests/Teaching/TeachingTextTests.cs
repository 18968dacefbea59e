using System.Reflection;
using Analyzer.Core.Facts;
using Analyzer.Core.Rules;
using Analyzer.Core.Teaching;

namespace Analyzer.Tests.Teaching;

public sealed class TeachingTextTests
{
    public static TheoryData<string, string> ChineseTexts()
    {
        var data = new TheoryData<string, string>();
        foreach (var words in new object[] { CatalogueText.For(Language.Zh), ExplainText.For(Language.Zh) })
        {
            foreach (var property in words.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string)))
            {
                data.Add($"{words.GetType().Name}.{property.Name}", (string)property.GetValue(words)!);
            }
        }
        foreach (var fact in FactGlossary.Facts)
        {
            data.Add($"facts.{fact}", FactGlossary.Of(fact)!.Zh);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ChineseTexts))]
    public void Chinese_EveryText_FullWidthPunctuationAndTheDigestsTerms(string name, string zh)
    {
        Assert.True(zh.Length > 0, name);
        Assert.Empty(CriterionMetadata.ChineseStyle(zh));
    }

    [Fact]
    public void FactGlossary_EveryFactTheRulesCanRead_HasAMeaning()
    {
        var facts = typeof(ProposalFacts).GetProperties().Select(p => p.Name).Where(n => n != nameof(ProposalFacts.Missing));

        Assert.Equal(facts.Order(StringComparer.Ordinal), FactGlossary.Facts.Order(StringComparer.Ordinal));
    }
}
