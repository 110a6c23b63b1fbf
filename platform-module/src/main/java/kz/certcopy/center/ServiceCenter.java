package kz.certcopy.center;

import kz.certcopy.common.Texts;

/** A Public Service Center branch (ХҚКО / ЦОН) with its names in Kazakh and Russian and its location. */
public record ServiceCenter(String id, String nameKk, String nameRu, String region, String city, String district) {

    public ServiceCenter {
        id = Texts.required(id, "id", "CENTER_ID_REQUIRED", 64);
        nameKk = Texts.required(nameKk, "nameKk", "CENTER_NAME_REQUIRED", 300);
        nameRu = Texts.required(nameRu, "nameRu", "CENTER_NAME_REQUIRED", 300);
        region = Texts.optional(region, "region", 200);
        city = Texts.optional(city, "city", 200);
        district = Texts.optional(district, "district", 200);
    }
}
