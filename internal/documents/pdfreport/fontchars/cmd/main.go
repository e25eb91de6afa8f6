// Command cmd prints, as UTF-8 text, the characters the embedded PDF font is
// cut to (see package fontchars); run from the module root by make pdf-font.
package main

import (
	"fmt"
	"os"

	"jixiao/internal/documents/pdfreport/fontchars"
)

func main() {
	all, err := fontchars.All(".")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Print(string(all))
}
