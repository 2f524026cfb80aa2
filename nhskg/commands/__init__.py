"""One module per CLI subcommand; nhskg.cli registers them."""
