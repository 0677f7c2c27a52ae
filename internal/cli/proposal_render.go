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
	// A mistyped folder is refused before the database is opened or
	// anything is rendered.
	if out != stdoutName {
		if err := checkOutput(out); err != nil {
			return err
		}
	}
	return a.withServices(mustExist, func(s domain.Services) error {
		if *version > 0 {
			return a.writeVersion(s, id, *version, lang, out)
		}
		return a.writePreview(s, id, lang, out)
	})
}

// writePreview renders the proposal's current state, dated today: what
// issuing it now would print, marked as a draft. Only a frozen version
// (--version) is a document the client received.
func (a *app) writePreview(s domain.Services, id int64, lang domain.Lang, out string) error {
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
	a.say("Wrote the %s preview of proposal %d, dated %s, to %s.", doc.Lang, id, a.day(doc.Date), out)
	return nil
}

// writeVersion writes the frozen PDF of an issued version as stored: never
// rendered again, so it is the document the client received even after
// the firm, the client, the manager or this program changed.
func (a *app) writeVersion(s domain.Services, id int64, version int, lang domain.Lang, out string) error {
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
		v.Number, v.Version, v.Language, a.day(v.IssuedOn), shortSum(v.SHA256), out)
	return nil
}

// stdoutName as -o sends the PDF to standard output, for a pipe; nothing
// else is printed there then.
const stdoutName = "-"

// writePDF writes b to the file out, atomically, or to standard output;
// toFile says which, so that only a file is announced.
func (a *app) writePDF(out string, b []byte) (toFile bool, err error) {
	if out == stdoutName {
		_, err := a.stdout.Write(b)
		return false, err
	}
	return true, writeFileAtomic(out, writeBytes(b))
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
