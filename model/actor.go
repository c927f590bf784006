package model

// Actor is a party to an event: a person with an office, or a country,
// armed group or international body acting as a whole.
type Actor struct {
	// Name is the canonical spelling: "Recep Tayyip Erdogan", "Turkey", "Hamas".
	Name string `json:"name"`
	// Country is the ISO 3166-1 alpha-2 code of the actor's country, if any.
	Country string `json:"country,omitempty"`
	// Role is the office a person holds on the date of the event, such as
	// "President" or "Foreign Minister"; empty for countries and groups.
	Role string `json:"role,omitempty"`
}

// Place is a named location: a city, province, region, country or road.
type Place struct {
	Name string `json:"name"`
	// Country is the ISO 3166-1 alpha-2 code of the country the place is in.
	Country string `json:"country,omitempty"`
}
