package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/pdf"
)

// proposalRender writes a proposal's PDF: "render ID [--version N]
// [--lang LL] -o FILE.pdf".
func (a *app) proposalRender(args []string) error {
	fs := newFlagSet("proposal render")
	var out string
	fs.StringVar(&out, "o", "", "write the PDF to `FILE`; - writes it to standard output")
	fs.StringVar(&out, "output", "", "the same as -o")
	force := fs.Bool("force", false, "replace the file named by -o if it exists")
	version := fs.Int("version", 0, "write issued version `N` exactly as the client received it")
	langFlag := fs.String("lang", "", "the `LANGUAGE` of the document: nl, en or fr (default: the proposal's)")
	id, err := parseProposalID(fs, args)
	if err != nil {
		return err
	}
	if out == "" {
		return usageErrorf(proposalsUsage, "missing -o FILE.pdf: say where to write the PDF")
	}
	if *version < 0 {
		return usageErrorf(proposalsUsage, "--version takes an issued version such as 1, as shown by proposal history")
	}
	lang := domain.Lang(strings.ToLower(strings.TrimSpace(*langFlag)))
	if lang != "" && !lang.Valid() {
		return usageErrorf(proposalsUsage, "--lang must be nl, en or fr, not %q", *langFlag)
	}
	// A mistyped folder, or a file -o may not write, is refused before
	// the database is opened or anything is rendered.
	o := pdfOutput{path: out, force: *force}
	if _, err := a.pdfTarget(o); err != nil {
		return err
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		if *version > 0 {
			return a.writeVersion(s, id, *version, lang, o)
		}
		return a.writePreview(s, id, lang, o)
	})
}

// writePreview renders the proposal's current state, dated today: what
// issuing it now would print, marked as a draft. Only a frozen version
// (--version) is a document the client received.
func (a *app) writePreview(s domain.Services, id int64, lang domain.Lang, out pdfOutput) error {
	doc, err := s.Proposals.ProposalDocument(a.ctx, id, a.today(), lang)
	if err != nil {
		return err
	}
	// For an issued proposal the store fills in its last version, and the
	// PDF would then read "version 2" under today's date without being
	// version 2 as issued. Version 0 prints it as a draft, with a watermark.
	doc.Version = 0
	b, err := pdf.ProposalRenderer()(a.ctx, doc)
	if err != nil {
		return err
	}
	if toFile, err := a.writePDF(out, b); err != nil || !toFile {
		return err
	}
	a.say("Wrote the %s preview of proposal %d, dated %s, to %s.", doc.Lang, id, a.day(doc.Date), out.path)
	return nil
}

// writeVersion writes the frozen PDF of an issued version as stored: never
// rendered again, so it is the document the client received even after
// the firm, the client, the manager or this program changed.
func (a *app) writeVersion(s domain.Services, id int64, version int, lang domain.Lang, out pdfOutput) error {
	v, err := s.Proposals.ProposalVersion(a.ctx, id, version)
	if err != nil {
		return err
	}
	if lang != "" && lang != v.Language {
		return usageErrorf(proposalsUsage,
			"--lang %s: version %d of %s was issued in %s and is kept as issued; leave out --lang, or leave out --version to preview the current state in %s",
			lang, version, v.Number, v.Language, lang)
	}
	// The stored hash was taken when the version was issued: a mismatch
	// means the file was damaged or altered, and such bytes must not go
	// out as the issued document.
	sum := sha256.Sum256(v.PDF)
	if got := hex.EncodeToString(sum[:]); got != v.SHA256 {
		return domain.Errorf(domain.EINVALID,
			"Version %d of %s does not match the SHA-256 recorded when it was issued (%s, now %s): the database was damaged or altered; nothing was written. Restore the database from a backup.",
			version, v.Number, shortSum(v.SHA256), shortSum(got))
	}
	if toFile, err := a.writePDF(out, v.PDF); err != nil || !toFile {
		return err
	}
	a.say("Wrote %s version %d (%s, issued on %s, sha256 %s) to %s.",
		v.Number, v.Version, v.Language, a.day(v.IssuedOn), shortSum(v.SHA256), out.path)
	return nil
}

// stdoutName as -o sends the PDF to standard output, for a pipe; nothing
// else is printed there then.
const stdoutName = "-"

// pdfOutput is where -o and --force say to write a PDF.
type pdfOutput struct {
	path  string
	force bool
}

// pdfTarget checks -o as the exports check it (checkExportTarget): a
// regular file only, never the database or the files SQLite keeps beside
// it, an existing file only with --force. It returns the file to write
// ("" for standard output).
func (a *app) pdfTarget(out pdfOutput) (string, error) {
	if out.path == stdoutName {
		return "", nil
	}
	if err := checkOutput(out.path); err != nil {
		return "", err
	}
	dbPath, err := a.dbPath()
	if err != nil {
		return "", err
	}
	return checkExportTarget(out.path, dbPath, out.force)
}

// writePDF writes b to the file out, atomically, or to standard output;
// toFile says which, so that only a file is announced.
func (a *app) writePDF(out pdfOutput, b []byte) (toFile bool, err error) {
	abs, err := a.pdfTarget(out)
	if err != nil || abs == "" {
		if err == nil {
			_, err = a.stdout.Write(b)
		}
		return false, err
	}
	return true, writeFileAtomic(abs, writeBytes(b))
}

func writeBytes(b []byte) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	}
}

// shortSum is the start of a SHA-256 in hex, enough to tell versions apart
// at a glance; history shows the whole sum.
func shortSum(sum string) string {
	const n = 12
	if len(sum) > n {
		return sum[:n]
	}
	return sum
}
