package diplomacy

// SetPartSize sets the longest text p reads in one part, so that tests
// can cut short texts into parts.
func SetPartSize(p *Parser, n int) { p.partSize = n }
