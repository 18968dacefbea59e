using System.Text.RegularExpressions;
using Analyzer.Core.Rules;

namespace Analyzer.Tests.Rules;

/// <summary>
/// The pack's Chinese texts: full-width punctuation in sentences (field names, values and ids keep their ASCII), and one
/// term per concept, taken from the digest (seeds/000_db79aaa6c7fdd8e8.txt).
/// </summary>
public sealed partial class ChineseTextTests
{
    private static readonly RulePack Pack = RulePackLoader.Load(Repo.Rules).Pack!;

    /// <summary>A variant, and the digest's term that replaces it.</summary>
    private static readonly (string Variant, string Term)[] Variants =
    [
        ("正当", "合法性"),
        ("制度复合体", "机制复合体"),
        ("体制复合体", "机制复合体"),
        ("授权机构", "授权实体"),
        ("授权主体", "授权实体"),
        ("托管机构", "托管实体"),
        ("受托实体", "托管实体"),
        ("委托实体", "托管实体"),
        ("前沿AI委员会", "前沿人工智能委员会"),
        ("私营主体", "私人主体"),
        ("跨国组织", "政府间组织"),
        ("算力", "计算资源"),
        ("行业自我治理", "行业自治"),
        ("治理层级", "治理层次"),
    ];

    // erman-furendal.json is being rewritten on another branch; these are its known variants until that merges.
    private static readonly HashSet<(string Workflow, string Variant)> PendingElsewhere =
        [("erman-furendal", "正当"), ("erman-furendal", "托管机构")];

    [Fact]
    public void Load_ShippedPack_ChineseSentencesUseFullWidthPunctuation()
    {
        var found = Texts()
            .Where(t => AsciiPunctuation().IsMatch(Identifier().Replace(t.Zh, "")))
            .Select(t => $"{t.Where}: {t.Zh}")
            .ToList();

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public void Load_ShippedPack_ChineseUsesOneTermPerConcept()
    {
        var found = Texts()
            .SelectMany(t => Variants.Where(v => t.Zh.Contains(v.Variant, StringComparison.Ordinal)
                && !PendingElsewhere.Contains((t.Workflow, v.Variant))).Select(v => $"{t.Where}: '{v.Variant}', use '{v.Term}'"))
            .ToList();

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    private static IEnumerable<(string Workflow, string Where, string Zh)> Texts() =>
        Pack.Criteria.SelectMany(c => new[]
        {
            ("title", c.Title), ("explanation", c.Explanation), ("remediation", c.Remediation), ("question", c.Question),
        }.Select(t => (c.Workflow, $"{c.Id} {t.Item1}", t.Item2.Zh)));

    // Field paths, enumeration values, criterion ids and names such as ISO/IEC stay in ASCII inside a Chinese sentence.
    [GeneratedRegex(@"[A-Za-z0-9](?:[A-Za-z0-9.\-_/]*[A-Za-z0-9])?", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    [GeneratedRegex(@"[,.:;()?!]", RegexOptions.CultureInvariant)]
    private static partial Regex AsciiPunctuation();
}
