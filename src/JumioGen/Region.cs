namespace JumioGen;

/// <summary>A Jumio data centre.</summary>
public enum Region
{
    /// <summary>United States, data centre <c>amer-1</c>.</summary>
    US,

    /// <summary>European Union, data centre <c>emea-1</c>.</summary>
    EU,

    /// <summary>Singapore, data centre <c>apac-1</c>.</summary>
    SG,
}
