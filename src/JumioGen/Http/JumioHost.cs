namespace JumioGen;

/// <summary>The Jumio service a request goes to; each has its own host per data centre.</summary>
public enum JumioHost
{
    /// <summary><c>account.{dc}.jumio.ai</c>: create and update accounts.</summary>
    Account,

    /// <summary><c>api.{dc}.jumio.ai</c>: upload credential parts and finalize, with the transaction token.</summary>
    Api,

    /// <summary><c>retrieval.{dc}.jumio.ai</c>: status, details, images and deletion.</summary>
    Retrieval,

    /// <summary><c>status.{dc}.jumio.ai</c>: the health check.</summary>
    Status,
}
