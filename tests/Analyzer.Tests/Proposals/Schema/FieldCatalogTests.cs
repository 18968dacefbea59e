using Analyzer.Core.Proposals.Schema;
using Analyzer.Core.Rules;

namespace Analyzer.Tests.Proposals.Schema;

public sealed class FieldCatalogTests
{
    [Fact]
    public void Catalogue_EveryModelField_HasAMeaning()
    {
        var undocumented = ModelFields.All.Where(f => FieldCatalog.Find(f.Path) is null).Select(f => f.Path);

        Assert.Empty(undocumented);
    }

    [Fact]
    public void Catalogue_EveryEntry_NamesAFieldOrAKeyOfItsMapping()
    {
        var keys = ModelFields.All.Where(f => f.Shape == FieldShape.TextMap)
            .SelectMany(f => FieldCatalog.Find(f.Path)?.Values?.Select(k => $"{f.Path}.{k}") ?? []);
        var known = ModelFields.All.Select(f => f.Path).Concat(keys).ToHashSet(StringComparer.Ordinal);

        Assert.All(FieldCatalog.All, s => Assert.Contains(s.Path, known));
        Assert.All(keys, k => Assert.NotNull(FieldCatalog.Find(k)));
    }

    [Fact]
    public void Catalogue_Vocabularies_OnlyOnTextListsOrMappings()
    {
        var misplaced = FieldCatalog.All.Where(s => s.Values is not null)
            .Select(s => (s.Path, ModelFields.Find(s.Path)!.Shape))
            .Where(f => f.Shape is not (FieldShape.Text or FieldShape.TextList or FieldShape.TextMap));

        Assert.Empty(misplaced);
    }

    [Fact]
    public void Catalogue_EveryMeaning_InBothLanguagesInTheHouseStyle()
    {
        var problems = FieldCatalog.All
            .SelectMany(s => CriterionMetadata.ChineseStyle(s.Description.Zh).Select(p => $"{s.Path}: {p}")
                .Concat(string.IsNullOrWhiteSpace(s.Description.En) || string.IsNullOrWhiteSpace(s.Description.Zh) ? [$"{s.Path}: a language is missing"] : [])
                .Concat(s.Description.En.EndsWith('.') && s.Description.Zh.EndsWith('。') ? [] : [$"{s.Path}: not a whole sentence"]));

        Assert.Empty(problems);
    }

    [Fact]
    public void ModelFields_EveryPath_IsOneARequirementCanName()
    {
        var unparsed = ModelFields.All.Select(f => f.Path).Where(p => RequiredField.Parse(p, out _) is null);

        Assert.Empty(unparsed);
    }

    [Fact]
    public void ModelFields_FollowDeclarationOrder()
    {
        Assert.Equal(["format", "id", "title", "summary", "year", "sources"], ModelFields.All.Take(6).Select(f => f.Path));
        Assert.Equal(["entities", "entities[].id", "entities[].kind"], ModelFields.All.SkipWhile(f => f.Path != "entities").Take(3).Select(f => f.Path));
    }

    [Theory]
    [InlineData("HO-G3", "institution.challenges.scope")] // one answer read through the indexer, not the whole mapping
    [InlineData("VMG-10", "instrument.binding;modalities;negotiation.transparent")] // expression, appliesWhen and a conditional requirement
    [InlineData("EF-17", "decisions;decisions[].level")] // a lambda over the decisions
    [InlineData("EF-02", "")] // facts only
    [InlineData("EF-05", "issuer")] // a required field; the fact it also requires is not a field
    public void Reads_ShippedCriterion_ListsTheFieldsItReadsDirectly(string id, string expected)
    {
        var (pack, _) = RulePackLoader.Load(Repo.Rules);

        Assert.Equal(expected, string.Join(';', pack!.Find(id)!.Reads));
    }
}
