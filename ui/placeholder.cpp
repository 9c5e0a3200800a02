// Replaced by the control panel sources.
namespace Moltdesk::Ui {
int placeholder() { return 0; }
}
