// Package ui is the desktop window of Interim Desk: the roster, the clients,
// the proposals, the engagements and the firm's settings, as Fyne screens.
//
// It talks only to the domain's service interfaces, never to SQL or to the
// PDF library, so every screen can be tested with Fyne's headless driver
// against any implementation of domain.Services.
//
// Files named widget_*.go hold the widgets the screens share: the list
// view, the editor, the pager, the picker and the detail pane. A screen
// tells the others what it changed through one broadcast (changes.go)
// instead of reaching into their caches.
package ui

import (
	"context"
	"log"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// Options are the outside things the window needs and the ui package must not
// import itself. Every hook may be nil; the window then hides what needs it
// or says it is not available.
type Options struct {
	// Now is the clock; nil means time.Now. Everything that depends on
	// "today" asks it, so tests are reproducible.
	Now func() time.Time
	// IsEmpty reports whether the store holds nothing yet; the window then
	// offers to set up the firm or load sample data.
	IsEmpty func(ctx context.Context) (bool, error)
	// LoadSample fills the store with the demonstration data.
	LoadSample func(ctx context.Context) error
	// OpenFile opens a file in the system's viewer.
	OpenFile func(path string) error
	// DocumentsDir is where issued proposals are written, named after their
	// number and version; "" means "Interim Desk" in the user's Documents
	// folder, or in the cache folder when there is no Documents folder.
	DocumentsDir string
	// PreviewDir is where draft previews are written; "" means a folder in
	// the user's cache folder.
	PreviewDir string
	// Printing is the system's print service (CUPS through lp and
	// lpstat); cmd wires internal/printing where there is one. Without it
	// Print opens the file in the viewer, which has a print button of its
	// own, and says so.
	Printing Printing
	// Logf receives the detail of failures the window only summarises; nil
	// means the standard logger.
	Logf func(format string, args ...any)
	// Restored is what the restore scheduled in the last session did at
	// this start (cmd runs sqlite.FinishPendingRestore before it opens the
	// database), and RestoreErr why it did not happen; the window says
	// which. Both nil when no restore was scheduled.
	Restored   *domain.RestoreResult
	RestoreErr error
	// LeftoversRemoved are the temporary files (restore, backup or import
	// copies) that a crashed run had left and the store removed when it
	// opened the database; the window says so once, in a line at its foot
	// that stops nobody (start_notice.go).
	LeftoversRemoved []string
	// Database names the database the window is on when it is not the
	// person's own file at the default place: another file's path, or
	// the firm's server (without the password). The last screen and each
	// list's search are remembered for each database (dbPref): the firm's
	// roster and a file of one's own are different work.
	Database string
}

// Screen names, also the values remembered as the last screen.
const (
	screenToday       = "today"
	screenManagers    = "managers"
	screenClients     = "clients"
	screenProposals   = "proposals"
	screenEngagements = "engagements"
	screenFirm        = "firm"
	screenBoard       = "board"
)

// Preference keys.
const (
	prefLastScreen   = "ui.last_screen"
	prefWindowWidth  = "ui.window.width"
	prefWindowHeight = "ui.window.height"
	prefSearchPrefix = "ui.search."
)

// defaultSearchDelay is how long search-as-you-type waits after the last
// keystroke before it asks the store, so typing "finance" runs one query.
const defaultSearchDelay = 200 * time.Millisecond

// screen is what the navigation needs from each of the five screens.
type screen interface {
	name() string
	title() string
	content() fyne.CanvasObject
	// shown is called every time the screen becomes the visible one.
	shown()
	// editor is the detail form, for the leave-and-ask and Save shortcut;
	// nil when the screen has nothing to save.
	editor() *editor
	// newRecord starts a blank record (Ctrl+N).
	newRecord()
	// focusSearch puts the cursor in the search field (Ctrl+F).
	focusSearch()
	// generate writes the document of the selected record (Ctrl+P).
	generate()
	// reload drops cached pages and asks the store again, after data
	// changed behind the screen's back (sample data loaded).
	reload()
}

// App is the running window.
type App struct {
	fyneApp fyne.App
	win     fyne.Window
	svc     domain.Services
	opts    Options

	ctx    context.Context
	cancel context.CancelFunc

	// worker runs background work and brings its results back.
	*worker
	// docs writes and shows documents.
	docs *docOutput

	theme *brandTheme

	// changes tells the screens what the others changed.
	changes changes

	screens []screen
	current screen
	nav     map[string]*widget.Button
	body    *fyne.Container

	todayScr    *todayScreen
	managers    *managersScreen
	clients     *clientsScreen
	proposals   *proposalsScreen
	engagements *engagementsScreen
	firm        *firmScreen
	board       *boardScreen

	// firmProfile is the saved firm, nil before it is set up.
	firmProfile *domain.Firm
	// welcome is the first-start dialog, when it was shown.
	welcome *welcome

	// rec is told of the dialogs shown; tests set its r.
	rec recorder
	// data are the dialogs of the data menu (data_menu.go).
	data dataDialogs
	// notice is the line at the window's foot at start (start_notice.go).
	notice startNotice
}

// New builds the window's content, menu and shortcuts on w and returns the
// running app. It does not show the window; the caller does.
func New(a fyne.App, w fyne.Window, s domain.Services, opts Options) *App {
	return newApp(a, w, s, opts, fyneLoop{}, realAfter)
}

// newApp is New with the UI goroutine and the clock of the debounce given:
// tests pass a queue they drain and a clock they advance.
func newApp(a fyne.App, w fyne.Window, s domain.Services, opts Options, loop uiLoop, after afterFunc) *App {
	useLanguage(languageFor(a.Preferences().String(prefLanguage)))
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logf == nil {
		opts.Logf = log.Printf
	}
	ctx, cancel := context.WithCancel(context.Background())
	u := &App{
		fyneApp: a,
		win:     w,
		svc:     s,
		opts:    opts,
		ctx:     ctx,
		cancel:  cancel,
		worker:  newWorker(ctx, loop, after),
		nav:     map[string]*widget.Button{},
	}
	u.docs = newDocOutput(u.parts(), opts)
	u.theme = newBrandTheme(a.Settings().Theme())
	a.Settings().SetTheme(u.theme)

	u.buildWindow()
	w.SetCloseIntercept(u.quit)
	u.restoreWindowSize()

	// A new database, or a first start, opens on what needs doing.
	last := a.Preferences().StringWithFallback(u.parts().dbPref(prefLastScreen), screenToday)
	if u.screenNamed(last) == nil {
		last = screenToday
	}
	u.switchTo(u.screenNamed(last))
	u.loadFirm()
	u.checkEmpty()
	u.showRestoreOutcome()
	u.watchChanges()
	return u
}

// buildWindow makes the screens, the navigation, the menu and the
// shortcuts, in the screen language of the moment; relocalize calls it
// again when that changes.
func (u *App) buildWindow() {
	u.changes.reset()
	u.managers = newManagersScreen(u.parts(), u.svc.Managers, &u.changes, u.today, u.showPersonalData)
	u.clients = newClientsScreen(u.parts(), u.svc.Clients, &u.changes, func() *domain.Firm { return u.firmProfile })
	u.proposals = newProposalsScreen(u.parts(), u.svc, &u.changes, u.docs, u.today, func() *domain.Firm { return u.firmProfile })
	u.engagements = newEngagementsScreen(u.parts(), u.svc, &u.changes, u.docs, u.today, u.printContracts)
	u.firm = newFirmScreen(u.parts(), u.svc.Firm, u.svc.Clauses, firmHooks{
		firm:        func() *domain.Firm { return u.firmProfile },
		setFirm:     u.setFirm,
		applyBrand:  u.applyBrand,
		setLanguage: u.setLanguage,
	})
	u.todayScr = newTodayScreen(u.parts(), u.svc.Today, u.today, u.todayHooks())
	u.board = newBoardScreen(u.parts(), u.svc.Board, u.svc.Managers.Sectors, u.today, u.todayHooks())
	u.attachStories()
	u.screens = []screen{u.todayScr, u.managers, u.clients, u.proposals, u.engagements, u.board, u.firm}

	u.nav = map[string]*widget.Button{}
	u.win.SetContent(u.build())
	u.win.SetMainMenu(u.mainMenu())
	canvas := u.win.Canvas()
	canvas.SetOnTypedKey(func(ev *fyne.KeyEvent) { handleDialogKey(canvas, ev) })
	u.addShortcuts()
}

// build lays out the navigation beside the current screen.
func (u *App) build() fyne.CanvasObject {
	navBox := container.NewVBox()
	for _, s := range u.screens {
		s := s
		b := widget.NewButton(s.title(), func() { u.leaveThen(func() { u.switchTo(s) }) })
		b.Alignment = widget.ButtonAlignLeading
		u.nav[s.name()] = b
		navBox.Add(b)
	}
	navBox.Add(layout.NewSpacer())
	u.body = container.NewStack()
	return container.NewBorder(nil, u.startNoticeBar(), container.NewPadded(navBox), nil, u.body)
}

// screenNamed returns the screen with that name, or nil.
func (u *App) screenNamed(name string) screen {
	for _, s := range u.screens {
		if s.name() == name {
			return s
		}
	}
	return nil
}

// switchTo makes s the visible screen without asking about unsaved changes;
// callers go through leaveThen first.
func (u *App) switchTo(s screen) {
	u.current = s
	for name, b := range u.nav {
		if name == s.name() {
			b.Importance = widget.HighImportance
		} else {
			b.Importance = widget.LowImportance
		}
		b.Refresh()
	}
	u.body.Objects = []fyne.CanvasObject{s.content()}
	u.body.Refresh()
	u.fyneApp.Preferences().SetString(u.parts().dbPref(prefLastScreen), s.name())
	s.shown()
}

// Show switches to the screen with the given name ("today", "managers", "clients",
// "proposals", "engagements", "board", "firm"), asking first about unsaved changes.
func (u *App) Show(name string) {
	if s := u.screenNamed(name); s != nil {
		u.leaveThen(func() { u.switchTo(s) })
	}
}

// Close stops background work. The window calls it when it closes.
func (u *App) Close() {
	u.cancel()
}

// today is the current date by the injected clock.
func (u *App) today() domain.Date { return domain.DateOf(u.opts.Now()) }

// logf writes the detail of a failure to the log.
func (u *App) logf(format string, args ...any) { u.opts.Logf(format, args...) }
