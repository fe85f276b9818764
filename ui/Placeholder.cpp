// Replaced by the main window sources.
namespace motcua {
}
