using Analyzer.Core;
using static Analyzer.Tests.Evaluation.ShippedCriteria;

namespace Analyzer.Tests.Evaluation;

/// <summary>
/// RH-15 judges whether a design states a way to revise itself (a review cycle of any length, or a revision entry in
/// 'cooperation.flexibility'), not a fixed three-year threshold; it stays three-valued.
/// </summary>
public sealed class RevisionMechanismTests
{
    [Theory]
    [InlineData("instrument: {reviewCycleYears: 5}", "met")]
    [InlineData("instrument: {reviewCycleYears: 1}\ncooperation: {flexibility: []}", "met")]
    [InlineData("cooperation: {flexibility: [periodic-review]}", "met")]
    [InlineData("cooperation: {flexibility: [national-implementation-plans, delegated-acts]}", "met")]
    [InlineData("cooperation: {flexibility: []}", "not-met")]
    [InlineData("cooperation: {flexibility: [none]}", "not-met")]
    [InlineData("cooperation: {flexibility: [national-implementation-plans]}", "not-stated")]
    [InlineData("cooperation: {flexibility: [\"the text is reviewed every two years\"]}", "not-stated")]
    [InlineData("instrument: {kind: treaty}", "not-stated")]
    public void Evaluate_RevisionMechanism_JudgedByWhatIsStated(string fields, string expected)
    {
        var proposal = FromYaml($"id: p\ntitle: P\n{fields}\n");

        Assert.Equal(expected, Outcome("RH-15", proposal));
    }

    [Theory]
    [InlineData("cooperation: {flexibility: [opt-in-timetables]}", "instrument")]
    [InlineData("instrument: {kind: treaty}\ncooperation: {pathway: hybrid}", "instrument.reviewCycleYears;cooperation.flexibility")]
    public void Evaluate_NoRevisionStated_AsksForIt(string fields, string missing)
    {
        var result = Result("RH-15", FromYaml($"id: p\ntitle: P\n{fields}\n"));

        Assert.Equal("not-stated", Kebab.Name(result.Outcome));
        Assert.Equal(missing.Split(';'), result.MissingFields);
    }

    [Theory]
    [InlineData("eu-ai-act")]
    [InlineData("oecd-ai-principles")]
    [InlineData("iso-iec-standards")]
    public void Evaluate_LongReviewCycle_StillARevisionMechanism(string id)
    {
        Assert.Equal("met", Outcome("RH-15", Shipped(id)));
    }

    [Theory]
    [InlineData("[none]", "not-met")]
    [InlineData("[]", "not-met")]
    [InlineData("[opt-in-timetables]", "met")]
    public void Evaluate_DivergentPriorities_ExplicitNoneIsNoFlexibility(string flexibility, string expected)
    {
        var proposal = FromYaml($"id: p\ntitle: P\ncooperation: {{flexibility: {flexibility}}}\n");

        Assert.Equal(expected, Outcome("RH-04", proposal));
    }
}
