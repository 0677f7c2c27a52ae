package pdf

import (
	"context"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// safely runs the layout of one document. gofpdf indexes its tables without
// bounds checks in places (a broken UTF-8 sequence in the metadata crashed
// it before metaText); a person should see a failed print, not a crashed
// program, so a panic becomes an internal error naming the document.
func safely(kind, number string, layout func() ([]byte, error)) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, domain.Errorf(domain.EINTERNAL, "pdf: printing %s %q failed: %v", kind, number, r)
		}
	}()
	return layout()
}

// withContext adapts a render function to the renderer types of the
// domain, which the store calls with a context: a cancelled context prints
// nothing.
func withContext[D any](render func(D) ([]byte, error)) func(context.Context, D) ([]byte, error) {
	return func(ctx context.Context, d D) ([]byte, error) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		return render(d)
	}
}
