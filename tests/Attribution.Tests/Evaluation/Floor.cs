namespace Attribution.Tests.Evaluation;

/// <summary>The accuracy floors' one assertion: a figure may rise, never fall below what the engine has reached.</summary>
internal static class Floor
{
    public static void AtLeast(double floor, double actual) =>
        Assert.True(actual >= floor, $"{actual:0.0000} fell below its floor {floor:0.000}");
}
